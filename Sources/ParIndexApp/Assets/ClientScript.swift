import ParIndexData
/// The app's only script, served from /assets/app.js (the CSP forbids inline script). Every
/// essential action works without it; it adds conveniences only.
enum ClientScript {
    static let javascript = #"""
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
      // Print buttons on the print view.
      document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
      });
      // The committee's meeting: ← → (or Page Up / Page Down) move between fields, except while
      // typing in the notes.
      if (document.querySelector("[data-meeting]")) {
        document.addEventListener("keydown", function (event) {
          var tag = event.target && event.target.tagName;
          if (tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT" || event.altKey || event.ctrlKey || event.metaKey) { return; }
          var rel = (event.key === "ArrowRight" || event.key === "PageDown") ? "next"
            : (event.key === "ArrowLeft" || event.key === "PageUp") ? "prev" : null;
          var link = rel && document.querySelector("a[rel=" + rel + "]");
          if (link) { event.preventDefault(); window.location.href = link.href; }
        });
      }
      // Warn before leaving a criterion form with unsaved changes, and show the core's points
      // for what is typed (not saved) a moment after typing stops.
      var dirty = new Set();
      document.querySelectorAll("form.entry-form").forEach(function (form) {
        var timer = null;
        var output = form.querySelector("output.live-points");
        form.addEventListener("input", function () {
          dirty.add(form);
          if (!output || !form.dataset.preview) { return; }
          clearTimeout(timer);
          timer = setTimeout(function () { preview(form, output); }, 400);
        });
        form.addEventListener("submit", function () { dirty.delete(form); });
      });
      function preview(form, output) {
        var body = new URLSearchParams(new FormData(form));
        fetch(form.dataset.preview, { method: "POST", body: body, credentials: "same-origin",
                                      headers: { "Accept": "application/json" } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (result) {
            if (!result) { output.textContent = ""; return; }
            output.classList.toggle("field-error", !!result.error);
            output.textContent = result.error ? result.error
              : "→ " + result.points + " (" + result.working + "); " + result.total + " — " + (document.documentElement.lang === "en" ? "not saved yet" : "chưa lưu");
          })
          .catch(function () { output.textContent = ""; });
      }
      // A survey's answers survive a reload on this device until they are sent; the page that
      // confirms them forgets them.
      document.querySelectorAll("form[data-keep]").forEach(function (form) {
        var key = "parindex-survey-" + form.dataset.keep;
        var saved = {};
        try { saved = JSON.parse(window.localStorage.getItem(key) || "{}") || {}; } catch (e) { saved = {}; }
        var answered = form.querySelector("input:checked, textarea:not(:empty)");
        if (!answered) {
          form.querySelectorAll("input, textarea").forEach(function (field) {
            var values = saved[field.name];
            if (field.type === "hidden" || !Array.isArray(values)) { return; }
            if (field.type === "radio" || field.type === "checkbox") { field.checked = values.indexOf(field.value) >= 0; }
            else { field.value = String(values[0] || ""); }
          });
        }
        form.addEventListener("input", function () {
          var data = {};
          new FormData(form).forEach(function (value, name) {
            if (name === "form_token") { return; }
            (data[name] = data[name] || []).push(String(value));
          });
          try { window.localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* private mode: nothing kept */ }
        });
      });
      document.querySelectorAll("[data-forget]").forEach(function (element) {
        try { window.localStorage.removeItem("parindex-survey-" + element.dataset.forget); } catch (e) { /* nothing kept */ }
      });
      window.addEventListener("beforeunload", function (event) {
        if (dirty.size > 0) { event.preventDefault(); event.returnValue = ""; }
      });
    });
    """#
}
