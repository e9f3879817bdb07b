/** Placeholder: replaced by the feature that owns this page. */
export function PrintPage() {
  return <p>PrintPage</p>;
}
