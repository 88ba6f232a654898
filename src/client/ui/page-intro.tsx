// A task screen's title and the sentence that says what it needs (an import's columns, say).
import type { ReactNode } from 'react';

export function PageIntro({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{children}</p>
    </>
  );
}
