// The post's textarea with each finding marked in place: a backdrop behind a transparent
// textarea renders the same text with <mark>s, scrolled in step with it.
import { type Ref, useRef } from 'react';
import type { Finding } from '../api/resources.ts';
import { MarkedText } from './findings.tsx';

interface Props {
  id: string;
  value: string;
  findings: readonly Finding[];
  describedBy: string;
  onChange(value: string): void;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextWithFindings({ id, value, findings, describedBy, onChange, ref }: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  return (
    <div className="marked-editor">
      <div className="marked-backdrop" ref={backdrop} aria-hidden="true">
        <MarkedText text={value} findings={findings} />
      </div>
      <textarea
        id={id}
        ref={ref}
        value={value}
        rows={7}
        spellCheck
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => {
          if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
