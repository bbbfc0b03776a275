// Their language, offered: when the reader's browser languages include one
// of the site's languages and this page is in another, a short notice at the
// top, worded in the reader's language, links to this page in it (the
// language menu already holds that link). No cookie, no storage, no
// request: dismissing hides it for this page only.
// main.html puts this script into every page right after the header, with
// every language's words as JSON just before it (hooks/language_offer.py):
// the notice takes the script's place before the page below is read, so
// nothing moves later. Comment lines are left out of the pages.
(function () {
  "use strict";
  var words = document.getElementById("kb-language-offer-words");
  var OFFERS = words ? JSON.parse(words.textContent) : {};
  var page = document.documentElement.lang;
  var wanted = (navigator.languages || [navigator.language || ""])
    .map(function (tag) { return String(tag).toLowerCase().split("-")[0]; })
    .filter(function (code) { return Object.prototype.hasOwnProperty.call(OFFERS, code); });
  var code = wanted[0];
  if (!code || code === page) return;
  var target = document.querySelector('.md-select__link[hreflang="' + code + '"]');
  var here = document.currentScript;
  if (!target || !here) return;
  var offer = OFFERS[code];
  // Not translated into that language: offer its home page, in words that say so.
  var nearest = target.getAttribute("data-kb-nearest");

  var notice = document.createElement("aside");
  notice.className = "kb-offer";
  notice.lang = code;
  notice.dir = offer.dir;
  notice.setAttribute("aria-label", offer.label);
  var text = document.createElement("p");
  text.textContent = (nearest ? offer.site_text : offer.text) + " ";
  var link = document.createElement("a");
  link.href = nearest || target.getAttribute("href");
  link.hreflang = code;
  link.textContent = nearest ? offer.site_link : offer.link;
  text.appendChild(link);
  var close = document.createElement("button");
  close.type = "button";
  close.className = "kb-offer__close";
  close.textContent = offer.dismiss;
  close.addEventListener("click", function () { notice.remove(); });
  notice.appendChild(text);
  notice.appendChild(close);
  here.parentNode.insertBefore(notice, here);
})();
