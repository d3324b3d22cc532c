// Runs with `this` = the quiz's <form>. The learner's choices stay in the page; they reach the server with the
// activity report or a router link followed (same round-trip), or with « Valider mes réponses ».
const form = this;
if (form.pnAnswerSheet) {
  return;
}
form.pnAnswerSheet = true;
let changed = false;
const values = () => JSON.stringify(Array.from(new FormData(form)));
const keep = () => {
  if (!form.isConnected) {
    window.removeEventListener('pn-activity-report', keep);
    document.removeEventListener('click', linkFollowed, true);
    return;
  }
  if (changed) {
    changed = false;
    form.dispatchEvent(new CustomEvent('pn-keep', { detail: values() }));
  }
};
const linkFollowed = (event) => {
  if (event.target instanceof Element && event.target.closest('a[router-link]')) {
    keep();
  }
};
const answered = (event) => {
  if (event.target.name) {
    changed = true;
  }
};
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', answered);
form.addEventListener('input', answered);
window.addEventListener('pn-activity-report', keep);
document.addEventListener('click', linkFollowed, true);
