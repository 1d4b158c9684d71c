// A list of strings typed as text (one per line, or separated by ';'): the raw text is kept while
// typing so an empty line or a trailing separator does not vanish under the cursor.
import { useState } from 'react';

function split(text: string, separator: 'line' | 'semicolon'): string[] {
  return text
    .split(separator === 'line' ? '\n' : ';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function TextListInput(props: {
  value: readonly string[];
  onChange(list: string[]): void;
  separator: 'line' | 'semicolon';
  id?: string;
  label?: string;
  placeholder?: string;
  rows?: number;
}) {
  const join = props.separator === 'line' ? '\n' : '; ';
  const [text, setText] = useState(props.value.join(join));
  const common = {
    id: props.id,
    value: text,
    'aria-label': props.label,
    placeholder: props.placeholder,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      props.onChange(split(e.target.value, props.separator));
    },
  };
  return props.separator === 'line' ? <textarea rows={props.rows ?? 3} {...common} /> : <input {...common} />;
}
