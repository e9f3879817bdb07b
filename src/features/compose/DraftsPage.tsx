/** Placeholder: replaced by the feature that owns this page. */
export function DraftsPage() {
  return <p>DraftsPage</p>;
}
