// Links to the same page in another locale (the language switch, and the "read the English
// page" link of a notice) keep the reader's place: the query (a shaped matrix view, a month of
// the version picker, a search) and the fragment (a section, a row). Scripts change the
// address as the reader works (history.replaceState), so the link is brought up to date just
// before it is used: on hover, on focus, and when it is followed.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  const path = link.getAttribute('href')?.split(/[?#]/)[0] ?? '';
  const update = () => {
    link.href = `${path}${window.location.search}${window.location.hash}`;
  };
  for (const type of ['pointerenter', 'focus', 'pointerdown', 'click', 'contextmenu'] as const) link.addEventListener(type, update);
}
