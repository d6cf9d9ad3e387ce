/*
 * PrimeFaces' message lists put role="alert" on each <li>, which makes them no longer list items
 * (axe-core "list", serious). The alert role moves to the box around the list, as soon as a
 * message appears (a mutation observer runs before the page does anything else).
 * PrimeFaces' simple file upload marks its native file input aria-hidden although it is the input a
 * person (and a screen reader) uses (axe-core "aria-hidden-focus", serious): the mark is taken off.
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
  function fixFileInputs(root) {
    root.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
    });
  }
  function fix() {
    fixMessageLists(document);
    fixFileInputs(document);
  }
  function start() {
    fix();
    new MutationObserver(fix).observe(document.body,
        { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-hidden'] });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
