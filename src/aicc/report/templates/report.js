(function () {
  "use strict";
  var root = document.documentElement;
  function setLang(lang) {
    root.setAttribute("lang", lang);
    root.setAttribute("data-lang", lang);
    document.querySelectorAll("option[data-" + lang + "]").forEach(function (o) {
      o.textContent = o.getAttribute("data-" + lang);
    });
    document.querySelectorAll("[data-set-lang]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.getAttribute("data-set-lang") === lang ? "true" : "false");
    });
  }
  function applyFilters() {
    if (!document.getElementById("filter-status")) { return; }
    var status = document.getElementById("filter-status").value;
    var side = document.getElementById("filter-side").value;
    var topic = document.getElementById("filter-topic").value;
    var shown = 0;
    document.querySelectorAll("article.card").forEach(function (card) {
      var ok = (!status || card.dataset.status === status) &&
        (!side || card.dataset.side === side) &&
        (!topic || card.dataset.topics.split(" ").indexOf(topic) >= 0);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("shown-count").textContent = String(shown);
  }
  document.querySelectorAll("[data-set-lang]").forEach(function (b) {
    b.addEventListener("click", function () { setLang(b.getAttribute("data-set-lang")); });
  });
  document.querySelectorAll("select[data-filter]").forEach(function (s) {
    s.addEventListener("change", applyFilters);
  });
  document.querySelectorAll("a.quote-link").forEach(function (a) {
    a.addEventListener("click", function () {
      document.querySelectorAll("mark.current").forEach(function (m) { m.classList.remove("current"); });
      var id = a.getAttribute("data-anchor");
      document.querySelectorAll("mark[data-ev]").forEach(function (m) {
        if (m.getAttribute("data-ev").split(" ").indexOf(id) >= 0) { m.classList.add("current"); }
      });
    });
  });
  setLang(root.getAttribute("data-lang"));
})();
