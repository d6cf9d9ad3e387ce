/*
 * PrimeFaces' message lists put role="alert" on each <li>, which makes them no longer list items
 * (axe-core "list", serious). The alert role moves to the box around the list, as soon as a
 * message appears (a mutation observer runs before the page does anything else).
 */
(function () {
  'use strict';
  function fixMessageLists(root) {
    root.querySelectorAll('.ui-messages ul > li[role="alert"], .ui-message ul > li[role="alert"]').forEach(function (li) {
      li.removeAttribute('role');
      var box = li.parentElement.parentElement;
      if (box && !box.hasAttribute('role')) {
        box.setAttribute('role', 'alert');
      }
    });
  }
  function start() {
    fixMessageLists(document);
    new MutationObserver(function () { fixMessageLists(document); })
        .observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
