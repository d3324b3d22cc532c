// Runs once per page with $0 = the texts in the page's language, as JSON (see BuiltInTexts).
const texts = JSON.parse($0);
const installed = window.pnBuiltInTexts;
window.pnBuiltInTexts = texts;
if (installed) {
  return;
}
// Vaadin's grid connector labels each sorter "Sort by <header>", in English, whatever the page's language.
const englishSorter = 'Sort by ';
const relabelSorter = (sorter) => {
  const label = sorter.getAttribute('aria-label');
  if (label && label.startsWith(englishSorter)) {
    const named = window.pnBuiltInTexts.sortBy.replace('{0}', label.substring(englishSorter.length));
    if (named !== label) {
      sorter.setAttribute('aria-label', named);
    }
  }
};
const localise = (element) => {
  const own = window.pnBuiltInTexts[element.localName];
  if (own) {
    element.i18n = { ...element.i18n, ...own };
  } else if (element.localName === 'vaadin-grid-sorter') {
    relabelSorter(element);
  }
};
const tags = [...Object.keys(texts).filter((key) => key.startsWith('vaadin-')), 'vaadin-grid-sorter'].join(',');
const localiseWithin = (node) => {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.matches(tags)) {
    localise(node);
  }
  node.querySelectorAll(tags).forEach(localise);
};
localiseWithin(document.body);
new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === 'attributes') {
      if (change.target.localName === 'vaadin-grid-sorter') {
        relabelSorter(change.target);
      }
    } else {
      change.addedNodes.forEach(localiseWithin);
    }
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
