/** Placeholder while the page is written; replaced by the returns-side work. */
export function ReturnFormPage() {
  return <div>月报填报</div>;
}
