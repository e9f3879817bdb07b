/** Placeholder: replaced by the feature that owns this page. */
export function SettingsPage() {
  return <p>SettingsPage</p>;
}
