// Search worker for Regenboogwegwijzer.
//
// It speaks the message protocol of Material's own search worker (SETUP ->
// READY, QUERY -> RESULT), so Material's search box and result list work
// unchanged, but it searches differently (hooks/search_index.py says why):
//
// - it loads the reader's language only, and only on the first query;
// - it stems where lunr can (nl, en, fr, es, tr, ru, ar) and matches each
//   typed word both as a stemmed word and as a prefix of indexed words
//   (Material adds a wildcard to every word, which makes lunr skip the
//   stemmer: "psycholoog*" never meets the stored "psycholog");
// - languages lunr cannot stem (fa, uk, ka) keep their words whole, with a
//   shorter prefix as a light stand-in for a stemmer.
/* global lunr */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;

// Where this script lives. Opened from file://, Material runs workers in an
// iframe (iframe-worker); the script's own <script src> tells its location.
var scriptUrl = (typeof parent !== "undefined" && parent !== self && "IFrameWorker" in parent)
  ? document.querySelector("script[src]").src
  : self.location.href;
var siteRoot = new URL("../../", scriptUrl);

var settings = null;   // this language's settings, from the SETUP message
var loading = null;    // promise of { index, docs, lang }, made on the first query

function load() {
  return loading || (loading = build());
}

async function build() {
  var lang = settings.lang[0] || null;
  var scripts = ["assets/javascripts/lunr.min.js"];
  if (lang && lang !== "en") {
    scripts.push("assets/javascripts/lunr/min/lunr.stemmer.support.min.js");
    scripts.push("assets/javascripts/lunr/min/lunr." + lang + ".min.js");
  }
  scripts.push(settings.index);
  // One at a time, awaited: in the file:// shim importScripts is asynchronous.
  for (var i = 0; i < scripts.length; i++) {
    await importScripts(new URL(scripts[i], siteRoot).href);
  }

  var separator = new RegExp(settings.separator);
  var docs = {};
  var index = lunr(function () {
    if (lang && lang !== "en") this.use(lunr[lang]);
    if (!lang) {
      // No stemmer, trimmer or stop words: they are English-only and would
      // cut or drop Farsi, Ukrainian and Georgian words.
      this.pipeline.reset();
      this.searchPipeline.reset();
    }
    lunr.tokenizer.separator = separator;
    this.ref("location");
    for (var name in settings.fields) this.field(name, { boost: settings.fields[name].boost });
    var builder = this;
    self.kbSearchDocs.forEach(function (doc) {
      docs[doc.location] = doc;
      builder.add({
        location: doc.location,
        title: normalise(plain(doc.title)),
        text: normalise(plain(doc.text)),
        tags: normalise((doc.tags || []).join(" "))
      }, { boost: doc.location.indexOf("#") === -1 ? 1.5 : 1 });
    });
  });
  return { index: index, docs: docs, lang: lang };
}

function plain(html) {
  return String(html || "").replace(/<[^>]*>/g, " ");
}

// Spellings that differ between keyboards for the same letter.
function normalise(text) {
  return text.normalize("NFC")
    .replace(/[\u064A\u0649]/g, settings.lang[0] === "ar" ? "\u064A" : "\u06CC") // yeh
    .replace(/\u0643/g, settings.lang[0] === "ar" ? "\u0643" : "\u06A9")         // keheh
    .replace(/[\u0640\u200C\u200D\u064B-\u065F]/g, "");                           // tatweel, ZWNJ, harakat
}

async function search(query) {
  var words = normalise(query).toLowerCase().split(new RegExp(settings.separator))
    .filter(function (word) { return word; });
  // Material asks once with an empty query when the page loads: answer
  // without loading anything, so a reader who never searches pays nothing.
  if (!words.length) return { items: [] };
  var e = await load();
  var results = e.index.query(function (q) {
    words.forEach(function (word) {
      var stemmed = e.index.pipeline.runString(word);
      stemmed.forEach(function (stem) {
        q.term(stem, { usePipeline: false, boost: 10 });
        if (stem.length > 1) q.term(stem, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 3 });
      });
      if (word.length > 1) q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
      if (!e.lang && word.length >= 5) {
        var short = word.slice(0, Math.max(4, Math.ceil(word.length * 0.7)));
        q.term(short, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      }
    });
  });

  var groups = new Map();
  results.forEach(function (result) {
    var doc = e.docs[result.ref];
    var page = result.ref.split("#")[0];
    if (!groups.has(page)) groups.set(page, []);
    groups.get(page).push(item(doc, result.score, words));
  });
  groups.forEach(function (items, page) {
    if (!items.some(function (i) { return i.location === page; }) && e.docs[page]) {
      items.push(item(e.docs[page], 0, words));
    }
  });
  return { items: Array.from(groups.values()) };
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function item(doc, score, words) {
  var pattern = new RegExp("(" + words.map(escapeRegExp).join("|") + ")", "giu");
  var found = {};
  var haystack = normalise(plain(doc.title) + " " + plain(doc.text)).toLowerCase();
  words.forEach(function (w) { found[w] = haystack.indexOf(w) !== -1; });
  return {
    location: doc.location,
    title: mark(doc.title, pattern),
    text: mark(doc.text, pattern),
    tags: doc.tags,
    score: score,
    terms: found
  };
}

// Highlight matches in text, never inside tags.
function mark(html, pattern) {
  return String(html || "").split(/(<[^>]*>)/).map(function (part) {
    return part.charAt(0) === "<" ? part : part.replace(pattern, "<mark>$1</mark>");
  }).join("");
}

self.addEventListener("message", async function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    settings = message.data.config;
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    var data;
    try {
      data = await search(message.data);
    } catch (error) {
      console.error("search failed:", error);
      data = { items: [] };
    }
    self.postMessage({ type: RESULT, data: data });
  }
});
