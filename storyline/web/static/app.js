// storyline: citation highlighting on the story page and progress polling on the job page.
// No inline scripts anywhere (the Content-Security-Policy forbids them); this file only reads
// data-* attributes and never builds HTML from data.
(function () {
  "use strict";

  function marksFor(key) {
    return Array.prototype.filter.call(document.querySelectorAll("mark[data-keys]"), function (m) {
      return m.getAttribute("data-keys").split(" ").indexOf(key) >= 0;
    });
  }

  // scroll: bring the passage into view in its panel; moveWindow: also scroll the page when it is out of view (not
  // on hover, which would move the citation away from the pointer)
  function activate(link, scroll, moveWindow) {
    var key = link.getAttribute("data-cite");
    var article = link.getAttribute("data-article");
    document.querySelectorAll(".panel").forEach(function (p) {
      p.hidden = p.getAttribute("data-article") !== article;
    });
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll("a.cite.selected").forEach(function (a) { a.classList.remove("selected"); });
    link.classList.add("selected");
    var marks = marksFor(key);
    marks.forEach(function (m) { m.classList.add("active"); });
    if (scroll && marks.length) {
      var panel = marks[0].closest(".panel");
      if (panel) {
        var head = panel.querySelector(".panel-head");  // the passage starts below the panel's sticky title
        var room = (head ? head.offsetHeight : 0) + 24;
        panel.scrollTop = Math.max(0, marks[0].offsetTop - panel.offsetTop - room);
      }
      var box = marks[0].getBoundingClientRect();
      if (moveWindow && (box.top < 0 || box.bottom > window.innerHeight)) {  // one column (a phone)
        // its start, below the panel's sticky title however many lines that title wraps to
        var title = panel && panel.querySelector(".panel-head");
        marks[0].style.scrollMarginTop = ((title ? title.offsetHeight : 0) + 24) + "px";
        marks[0].scrollIntoView({ block: "start" });
      }
    }
  }

  // the passage a citation opened takes the focus (a screen reader reads it; Tab goes on from there), and gives it
  // back to the citation with Esc or the panel's "Back to the summary" link
  var opener = null;
  var returning = false;
  function focusPassage(link) {
    var marks = marksFor(link.getAttribute("data-cite"));
    if (!marks.length) { return; }
    opener = link;
    marks[0].setAttribute("tabindex", "-1");
    marks[0].focus({ preventScroll: true });
  }
  function backToCitation(e) {
    var link = opener || document.querySelector("a.cite.selected");
    if (!link) { return; }
    if (e) { e.preventDefault(); }
    link.scrollIntoView({ block: "center" });
    returning = true;  // the focus handler below must not scroll the page back to the passage (one column)
    link.focus({ preventScroll: true });
    returning = false;
  }

  document.addEventListener("click", function (e) {
    var back = e.target.closest && e.target.closest("a.back-to-cite");
    if (back) { backToCitation(e); return; }
    var link = e.target.closest && e.target.closest("a.cite[data-cite]");
    if (!link) { return; }
    e.preventDefault();
    activate(link, true, true);
    focusPassage(link);
    // each passage opened is a place in the history: Back returns to the one before (or to the summary), as a
    // footnote link does, rather than leaving the story; the same citation again adds no entry
    var href = link.getAttribute("href");
    var here = location.pathname + location.search + location.hash;
    if (href === here) {
      history.replaceState({ cite: link.getAttribute("data-cite") }, "", href);
    } else {
      history.pushState({ cite: link.getAttribute("data-cite") }, "", href);
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && e.target.closest && e.target.closest(".panel")) { backToCitation(e); }
  });
  window.addEventListener("popstate", function () {
    // Back or Forward within the story: the passage of that entry, or none (the browser puts the page back where
    // it was)
    var key = new URLSearchParams(location.search).get("cite");
    var link = key && Array.prototype.find.call(document.querySelectorAll("a.cite[data-cite]"), function (a) {
      return a.getAttribute("data-cite") === key;
    });
    if (link) {
      activate(link, true, false);
    } else {
      document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
      document.querySelectorAll("a.cite.selected").forEach(function (a) { a.classList.remove("selected"); });
    }
  });
  document.addEventListener("mouseover", function (e) {
    var link = e.target.closest && e.target.closest("a.cite[data-cite]");
    if (link) { activate(link, true, false); }
  });
  document.addEventListener("focusin", function (e) {
    var link = e.target.closest && e.target.closest("a.cite[data-cite]");
    if (link && link.matches(":focus-visible")) { activate(link, true, !returning); }  // the keyboard, not a click
  });

  function initial() {
    var selected = document.querySelector("a.cite.selected");
    if (selected) { activate(selected, true, true); }
    var hl = document.querySelector("#text mark.active");
    if (hl) { hl.scrollIntoView({ block: "start" }); }
    var job = document.getElementById("job");
    if (job) { poll(job); }
  }

  function poll(job) {
    var id = job.getAttribute("data-job");
    var status = job.getAttribute("data-status");
    if (status === "done" || status === "failed") { return; }
    fetch("/api/jobs/" + encodeURIComponent(id), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (!j || j.error) { return; }
        var bar = document.getElementById("job-progress");
        bar.max = j.total || 1;
        bar.value = j.done;
        var badge = document.getElementById("job-status");
        badge.textContent = j.status;
        badge.className = "badge " + j.status;
        document.getElementById("job-message").textContent = j.message;
        job.setAttribute("data-status", j.status);
        if (j.status === "done" || j.status === "failed") {
          window.location.reload();
        } else {
          setTimeout(function () { poll(job); }, 1000);
        }
      })
      .catch(function () { setTimeout(function () { poll(job); }, 3000); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initial);
  } else {
    initial();
  }
})();
