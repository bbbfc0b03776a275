// The print button of a handout: shown only where it can work (with JavaScript).
document.querySelectorAll("[data-kb-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
