// Directory filters: a progressive enhancement. Without JavaScript the form
// stays hidden and every organisation is listed, grouped by region.
(function () {
  "use strict";
  var form = document.querySelector(".kb-filters");
  if (!form) return;
  var entries = Array.prototype.slice.call(document.querySelectorAll(".kb-org"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".kb-org-group"));
  var count = form.querySelector(".kb-filter-count");

  function matches(entry, field) {
    var value = form.elements[field].value;
    return !value || entry.dataset[field].split(" ").indexOf(value) !== -1;
  }

  function apply() {
    var shown = 0;
    entries.forEach(function (entry) {
      var visible = matches(entry, "region") && matches(entry, "theme") && matches(entry, "audience");
      entry.hidden = !visible;
      if (visible) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".kb-org:not([hidden])");
    });
    count.textContent = shown ? shown + " " + count.dataset.label : count.dataset.empty;
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
