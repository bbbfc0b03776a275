// Quick exit: hide the page at once and replace this history entry with a
// neutral site, so Back does not return here. Also on Shift pressed three
// times within a second (GOV.UK "Exit this page"). Without JavaScript the
// link still leads away, as a normal link.
(function () {
  "use strict";
  var link = document.querySelector("[data-kb-quick-exit]");
  if (!link) return;

  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.classList.add("kb-leaving");
    document.title = "";
    window.location.replace(link.href);
  }

  link.addEventListener("click", leave);

  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 1000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
