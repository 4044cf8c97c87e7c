// Writing a post: the text checked as you type, the accounts, the time it goes out (UK time),
// a preview per platform, then save or submit for approval.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { altTextFindings } from '../../../../policies/media/alt-text.ts';
import { draftSchema } from '../../../api/schemas.ts';
import { api, messageOf } from '../api/client.ts';
import { useDraftNotices } from '../api/live.tsx';
import { useLiveCheck } from '../api/live-check.ts';
import {
  type Account,
  accountLabel,
  type Draft,
  type Finding,
  handleOf,
  loadDraft,
  type Media,
  platformLabel,
  useAccounts,
} from '../api/resources.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { FindingList, findingSummary } from '../components/findings.tsx';
import { OfficerComment } from '../components/officer-comment.tsx';
import { PhotoSection } from '../components/photo-section.tsx';
import { ScheduleField } from '../components/schedule-field.tsx';
import { TextWithFindings } from '../components/text-with-findings.tsx';
import { readSchedule, toLondonSchedule } from '../lib/london-time.ts';
import { mayEdit } from '../lib/states.ts';
import { X_LIMIT, xWeightedLength } from '../lib/x-length.ts';
import { adoptAddress, Link, navigate, useScreenTitle, useUnsavedWarning } from '../router.tsx';

function XCount({ text, relevant }: { text: string; relevant: boolean }) {
  const length = xWeightedLength(text);
  const over = relevant && length > X_LIMIT;
  return (
    <p id="x-count" className={over ? 'x-count over' : 'x-count'}>
      {length} / {X_LIMIT} characters as X counts them{relevant ? '' : ' (no X account chosen)'}
      {over ? ` — ${length - X_LIMIT} too many for X` : ''}
    </p>
  );
}

function Previews({ text, accounts }: { text: string; accounts: Account[] }) {
  if (!accounts.length || !text.trim()) return null;
  return (
    <section aria-labelledby="preview-title" className="previews">
      <h2 id="preview-title">Preview</h2>
      {accounts.map((a) => (
        <figure key={a.id} className={`preview preview-${a.platform}`}>
          <figcaption>
            {platformLabel[a.platform]} · {handleOf(a)}
          </figcaption>
          <p className="preview-text">{text}</p>
        </figure>
      ))}
    </section>
  );
}

export function DraftEditor({ draftId }: { draftId?: string | undefined }) {
  useScreenTitle(draftId ? 'Edit post' : 'New post');
  const accounts = useAccounts();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [schedule, setSchedule] = useState('');
  const [loadError, setLoadError] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [warnEdit, setWarnEdit] = useState(false);
  // The officer's comment stays in sight while the author makes the changes it asks for.
  const [returned, setReturned] = useState<Draft['returned']>(null);
  // A new post is saved as a draft when its first photo is added: the photo needs a post.
  const [savedId, setSavedId] = useState(draftId);
  const [media, setMedia] = useState<Media[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // The text and time as last saved: anything else would be lost by leaving the editor.
  const [saved, setSaved] = useState({ text: '', schedule: '' });
  useUnsavedWarning(
    !busy && (text !== saved.text || schedule !== saved.schedule)
      ? 'This post has changes that are not saved. Leave without saving them?'
      : undefined,
  );
  const postable = (accounts.value ?? []).filter((a) => a.mayPost);

  useEffect(() => {
    if (!draftId) return;
    const controller = new AbortController();
    loadDraft(draftId, controller.signal).then(
      (d) => {
        if (!mayEdit(d.state)) setLoadError('This post can no longer be changed.');
        const time = d.scheduledAt ? toLondonSchedule(d.scheduledAt) : '';
        setText(d.text);
        setChosen(d.accountIds);
        setSchedule(time);
        setSaved({ text: d.text, schedule: time });
        setWarnEdit(['AWAITING_APPROVAL', 'APPROVED', 'SCHEDULED'].includes(d.state));
        setMedia(d.media);
        setReturned(d.returned);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setLoadError(messageOf(e));
      },
    );
    return () => controller.abort();
  }, [draftId]);

  // With a single account to post to, there is nothing to choose.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the accounts first arrive.
  useEffect(() => {
    const only = (accounts.value ?? []).filter((a) => a.mayPost);
    if (!draftId && only.length === 1) setChosen([only[0]!.id]);
  }, [accounts.value]);

  // The scanner finishes a photo in a worker: take its faces and blurring, leave the text alone.
  useDraftNotices((notice) => {
    if (!savedId || (notice && notice.id !== savedId)) return;
    loadDraft(savedId, new AbortController().signal).then(
      (d) => setMedia(d.media),
      () => undefined,
    );
  });

  const textCheck = useLiveCheck(text, chosen, media.length > 0);
  // Photo descriptions are checked on submit with the text: show what the check will say now,
  // so a description shortened in its card does not send the post back to its author.
  const check = { ...textCheck, findings: [...textCheck.findings, ...altTextFindings(media)] };
  const chosenAccounts = postable.filter((a) => chosen.includes(a.id));

  const show = (finding: Finding) => {
    if (!finding.span || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(finding.span[0], finding.span[1]);
  };

  /** The post as the form says, or an error in words. */
  function formBody() {
    if (!chosen.length) return 'Choose at least one account to post to.';
    if (!text.trim()) return 'Write the post’s text.';
    const when = readSchedule(schedule);
    if (when.kind === 'problem') return `Publish at: ${when.message}`;
    if (when.kind === 'twice')
      return `Publish at: say which ${when.time} you mean (the clocks go back that night).`;
    // The UK time itself goes to the API, which reads it by the same rules.
    return when.kind === 'ok'
      ? { text, accountIds: chosen, scheduledLocal: schedule }
      : { text, accountIds: chosen, scheduledAt: null };
  }

  async function save(submit: boolean) {
    setError(undefined);
    const body = formBody();
    if (typeof body === 'string') return setError(body);
    setBusy(true);
    try {
      const draft = savedId
        ? await api('PATCH', `/api/drafts/${savedId}`, draftSchema, body)
        : await api('POST', '/api/drafts', draftSchema, body);
      if (submit) await api('POST', `/api/drafts/${draft.id}/submit`, draftSchema);
      navigate(`/drafts/${draft.id}`, { saved: true });
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  /** The draft a photo belongs to, saving a new post first. */
  async function photoTarget(): Promise<string | undefined> {
    if (savedId) return savedId;
    setError(undefined);
    const body = formBody();
    if (typeof body === 'string') {
      setError(`${body} Then add the photo.`);
      return undefined;
    }
    try {
      const draft = await api('POST', '/api/drafts', draftSchema, body);
      setSavedId(draft.id);
      setSaved({ text, schedule });
      adoptAddress(`/drafts/${draft.id}/edit`);
      return draft.id;
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };

  if (loadError) {
    return (
      <>
        <h1 tabIndex={-1}>Edit post</h1>
        <ErrorSummary message={loadError} />
        {draftId ? <Link href={`/drafts/${draftId}`}>Back to the post</Link> : null}
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1}>{draftId ? 'Edit post' : 'New post'}</h1>
      {warnEdit ? (
        <p className="notice">
          Changing this post cancels its approval: it will be checked and approved again.
        </p>
      ) : null}
      <OfficerComment returned={returned} />
      <form className="editor" onSubmit={onSubmit} noValidate>
        <div className="editor-main">
          <ErrorSummary message={error} />
          <fieldset>
            <legend>Post to</legend>
            {accounts.value && postable.length === 0 ? (
              <p>You are not authorised to post to any account yet. Ask your headteacher.</p>
            ) : null}
            {postable.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(a.id)}
                  onChange={(e) =>
                    setChosen((c) => (e.target.checked ? [...c, a.id] : c.filter((id) => id !== a.id)))
                  }
                />
                {accountLabel(a)}
              </label>
            ))}
          </fieldset>
          <label htmlFor="post-text">Post text</label>
          <p id="post-text-hint" className="hint">
            Checked against the school’s social media policy as you type. Marked words need attention.
          </p>
          <TextWithFindings
            id="post-text"
            ref={textarea}
            value={text}
            findings={check.findings}
            describedBy="post-text-hint x-count check-summary"
            onChange={setText}
          />
          <XCount text={text} relevant={chosenAccounts.some((a) => a.platform === 'x')} />
          {text.trim() && chosen.length && !check.checking && check.findings.length ? (
            <p className="check-inline">
              <a href="#findings-title">{findingSummary(check.findings)} See the policy check.</a>
            </p>
          ) : null}
          <PhotoSection media={media} onMedia={setMedia} draftId={photoTarget} />
          {savedId && !draftId ? <p className="hint">Saved as a draft so the photo could be added.</p> : null}
          <ScheduleField value={schedule} onChange={setSchedule} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              Submit for approval
            </button>
            <button type="button" disabled={busy} onClick={() => void save(false)}>
              Save draft
            </button>
            <Link href={savedId ? `/drafts/${savedId}` : '/'}>Cancel</Link>
          </div>
        </div>
        <aside className="editor-side" aria-labelledby="findings-title">
          <h2 id="findings-title">Policy check</h2>
          <p id="check-summary" aria-live="polite" className="check-summary">
            {!text.trim() || !chosen.length
              ? 'Write your post and choose an account to check it.'
              : check.checking
                ? 'Checking…'
                : (check.error ?? findingSummary(check.findings))}
          </p>
          {text.trim() && chosen.length && !check.error ? (
            <FindingList findings={check.findings} text={text} onShow={show} />
          ) : null}
          <Previews text={text} accounts={chosenAccounts} />
        </aside>
      </form>
    </>
  );
}
