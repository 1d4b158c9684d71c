// A date typed as dd/mm/yyyy; the parent gets ISO (or null when empty) and hears about bad text
// through the validity registry, so a form can refuse to save a date it could not read.
import { createContext, useContext, useEffect, useId, useState } from 'react';
import { formatViDate } from '../../../shared/dates';
import { parseDateInput } from '../lib/dates-input';

type Registry = { report(id: string, invalid: boolean): void };
export const DateValidity = createContext<Registry | null>(null);

export function DateInput(props: {
  value: string | null;
  onChange(iso: string | null): void;
  label?: string;
  id?: string;
  required?: boolean;
  className?: string;
}) {
  const registry = useContext(DateValidity);
  const ownId = useId();
  const id = props.id ?? ownId;
  const [text, setText] = useState(formatViDate(props.value));
  const [invalid, setInvalid] = useState(false);

  // Follow changes made from outside (another field, a reset) unless the text already means that date.
  useEffect(() => {
    const parsed = parseDateInput(text);
    if (!parsed.ok || parsed.iso !== props.value) {
      setText(formatViDate(props.value));
      setInvalid(false);
    }
  }, [props.value]);

  useEffect(() => {
    registry?.report(id, invalid);
    return () => registry?.report(id, false);
  }, [registry, id, invalid]);

  return (
    <input
      id={id}
      className={props.className}
      value={text}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      aria-label={props.label}
      aria-invalid={invalid || undefined}
      aria-required={props.required || undefined}
      title={invalid ? 'Ngày chưa đúng dạng dd/mm/yyyy' : undefined}
      onChange={(e) => {
        const raw = e.target.value;
        setText(raw);
        const parsed = parseDateInput(raw);
        setInvalid(!parsed.ok);
        if (parsed.ok && parsed.iso !== props.value) props.onChange(parsed.iso);
      }}
    />
  );
}

/** Count the invalid dates under a form; hand `registry` to DateValidity.Provider. */
export function useDateValidity(): { registry: Registry; invalidCount: number } {
  const [bad, setBad] = useState<ReadonlySet<string>>(new Set());
  const [registry] = useState<Registry>(() => ({
    report(id, invalid) {
      setBad((s) => {
        if (s.has(id) === invalid) return s;
        const n = new Set(s);
        if (invalid) n.add(id);
        else n.delete(id);
        return n;
      });
    },
  }));
  return { registry, invalidCount: bad.size };
}
