// Directory filters. The form shows from the first paint (without JavaScript
// a <noscript> stylesheet hides it and every organisation is listed). The
// choice lives in the address fragment (#region=ghent&theme=health), so a
// filtered list can be shared and Back works; nothing is stored. A fragment
// without filter names (#unia) is a link to an entry and is left alone.
(function () {
  "use strict";
  var form = document.querySelector(".kb-filters");
  if (!form) return;
  var FIELDS = ["region", "theme", "audience"];
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
      var visible = FIELDS.every(function (field) { return matches(entry, field); });
      entry.hidden = !visible;
      if (visible) shown += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".kb-org:not([hidden])");
    });
    count.textContent = shown ? shown + " " + count.dataset.label : count.dataset.empty;
  }

  function fromFragment() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    if (!FIELDS.some(function (field) { return params.has(field); })) {
      // A link to an entry: if the filters hide it, clear them so it shows.
      var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      var entry = target && target.closest(".kb-org");
      if (!entry || !entry.hidden) return false;
      params = new URLSearchParams();
    }
    FIELDS.forEach(function (field) {
      var select = form.elements[field];
      var value = params.get(field) || "";
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : "";
    });
    return true;
  }

  function toFragment() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (field) {
      if (form.elements[field].value) params.set(field, form.elements[field].value);
    });
    var fragment = params.toString();
    history.replaceState(null, "", fragment ? "#" + fragment : window.location.pathname + window.location.search);
  }

  form.addEventListener("change", function () { toFragment(); apply(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  window.addEventListener("hashchange", function () {
    if (!fromFragment()) return;
    apply();
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) target.scrollIntoView();
  });
  fromFragment();
  apply();
})();
