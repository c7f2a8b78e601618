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
      // Warn before leaving a criterion form with unsaved changes.
      var dirty = new Set();
      document.querySelectorAll("form.entry-form").forEach(function (form) {
        form.addEventListener("input", function () { dirty.add(form); });
        form.addEventListener("submit", function () { dirty.delete(form); });
      });
      window.addEventListener("beforeunload", function (event) {
        if (dirty.size > 0) { event.preventDefault(); event.returnValue = ""; }
      });
    });
    """#
}
