// A real button that opens the file picker; the input stays reachable for tests and assistive tech by its label.
import { useId, useRef } from 'react';

export function FileButton(props: {
  label: string;
  /** Accessible name of the hidden file input (defaults to the button label). */
  inputLabel?: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  primary?: boolean;
  onFiles(files: File[]): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={props.primary ? 'btn btn-primary' : 'btn'}
        disabled={props.disabled}
        onClick={() => ref.current?.click()}
      >
        {props.label}
      </button>
      <input
        ref={ref}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={props.inputLabel ?? props.label}
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Reset so picking the same file again still fires change.
          e.currentTarget.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
