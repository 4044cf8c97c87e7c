/** A problem the person must know about, announced as soon as it appears. */
export function ErrorSummary({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="error-summary">
      {message}
    </p>
  );
}
