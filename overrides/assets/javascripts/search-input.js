// Material reads the search box on "keyup" only. Pasting, voice input,
// autocorrect and phone keyboards that compose text (common for Arabic,
// Farsi and Georgian) change the box without a keyup, and the query was
// never sent: the reader saw "type to start searching". Tell Material on
// every change of the box's text.
(function () {
  "use strict";
  var box = document.querySelector("input.md-search__input");
  if (!box) return;
  box.addEventListener("input", function () {
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  });
})();
