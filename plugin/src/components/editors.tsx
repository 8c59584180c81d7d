import React, { useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2, SelectableValue, StandardEditorProps } from '@grafana/data';
import { Button, FileUpload, Select, TextArea, useStyles2 } from '@grafana/ui';

import type { DiagramFile, FaultlineInstanceState, FaultlineOptions } from '../types';

const MAX_UPLOAD_BYTES = 20 << 20;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pasted draw.io XML (or a compressed string, an SVG or HTML export: the core tells them apart). */
export function SourceTextEditor({ value, onChange }: StandardEditorProps<string>) {
  const styles = useStyles2(getStyles);
  // Commit on blur: every keystroke would redraw the diagram.
  const [draft, setDraft] = useState<string | undefined>(undefined);
  return (
    <TextArea
      className={styles.code}
      rows={10}
      spellCheck={false}
      value={draft ?? value ?? ''}
      placeholder="Paste a diagram: File › Export as › XML in draw.io, or the file's contents"
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => {
        if (draft !== undefined && draft !== value) {
          onChange(draft);
        }
        setDraft(undefined);
      }}
      data-testid="faultline-source-text"
    />
  );
}

function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

/** Reads an upload the way the core wants it stored: text as text, PNG as a data URI. */
export async function readDiagramFile(file: File): Promise<DiagramFile> {
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new Error(`${file.name} is larger than 20 MB; serve it from a URL instead`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const isPng = PNG_MAGIC.every((b, i) => bytes[i] === b);
  const content = isPng ? 'data:image/png;base64,' + bytesToBase64(bytes) : new TextDecoder().decode(bytes);
  return { name: file.name, content };
}

export function SourceFileEditor({ value, onChange }: StandardEditorProps<DiagramFile | undefined>) {
  const styles = useStyles2(getStyles);
  const [error, setError] = useState<string>();
  return (
    <div className={styles.stack}>
      <FileUpload
        accept=".drawio,.xml,.svg,.png,.html,.htm"
        onFileUpload={({ currentTarget }) => {
          const file = currentTarget.files?.[0];
          if (!file) {
            return;
          }
          readDiagramFile(file).then(
            (f) => {
              setError(undefined);
              onChange(f);
            },
            (e) => setError(e instanceof Error ? e.message : String(e))
          );
        }}
      >
        Upload diagram
      </FileUpload>
      {value?.name && (
        <div className={styles.file}>
          <span data-testid="faultline-source-file-name">{value.name}</span>
          <span className={styles.muted}>{Math.ceil(value.content.length / 1024)} KB</span>
          <Button size="sm" variant="secondary" fill="text" icon="trash-alt" onClick={() => onChange(undefined)}>
            Remove
          </Button>
        </div>
      )}
      {error && <div className={styles.error}>{error}</div>}
    </div>
  );
}

/** The page, chosen from the pages of the diagram the panel last drew (or typed: a name or a 0-based index). */
export function PageEditor({ value, onChange, context }: StandardEditorProps<string | number | undefined, unknown, FaultlineOptions>) {
  const state = context.instanceState as FaultlineInstanceState | undefined;
  const pages = state?.pages ?? [];
  const names = new Map<string, number>();
  for (const p of pages) {
    names.set(p.name, (names.get(p.name) ?? 0) + 1);
  }
  const options: Array<SelectableValue<string | number>> = [{ label: 'First page', value: '' }];
  for (const p of pages) {
    // A name shared by two pages cannot pick the second: use its index then.
    const byName = names.get(p.name) === 1 && p.name !== '';
    options.push({ label: `${p.name || '(unnamed)'}`, description: `page ${p.index + 1}`, value: byName ? p.name : p.index });
  }
  const current = value ?? '';
  if (current !== '' && !options.some((o) => o.value === current)) {
    options.push({ label: typeof current === 'number' ? `page index ${current}` : current, value: current });
  }
  return (
    <Select
      options={options}
      value={current}
      allowCustomValue
      onCreateOption={(v: string) => onChange(/^\d+$/.test(v.trim()) ? Number(v.trim()) : v)}
      onChange={(o) => onChange(o?.value === '' ? undefined : o?.value)}
      data-testid="faultline-page-select"
    />
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  code: css({ fontFamily: theme.typography.fontFamilyMonospace, fontSize: theme.typography.bodySmall.fontSize }),
  stack: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1) }),
  file: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), wordBreak: 'break-all' }),
  muted: css({ color: theme.colors.text.secondary }),
  error: css({ color: theme.colors.error.text }),
});
