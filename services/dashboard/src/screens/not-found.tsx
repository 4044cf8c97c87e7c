import { Link, useScreenTitle } from '../router.tsx';

export function NotFoundScreen() {
  useScreenTitle('Page not found');
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is no page at this address. <Link href="/">Go to the queue</Link>.
      </p>
    </>
  );
}
