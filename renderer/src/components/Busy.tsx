// A spinner with words: every wait says what is happening.
export function Spinner(props: { small?: boolean }) {
  return <span className={props.small ? 'spinner spinner-small' : 'spinner'} aria-hidden="true" />;
}

export function Busy(props: { label: string }) {
  return (
    <div className="busy" role="status" aria-live="polite">
      <Spinner />
      <span>{props.label}</span>
    </div>
  );
}
