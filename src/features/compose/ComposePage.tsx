/** Placeholder: replaced by the feature that owns this page. */
export function ComposePage() {
  return <p>ComposePage</p>;
}
