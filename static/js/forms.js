/* Small progressive enhancements for GOV.UK-style forms. Everything works without them. */
(function () {
  "use strict";

  // Move focus to the error summary so screen reader users hear it first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary && document.activeElement !== summary) {
    summary.focus();
  }

  // Live word count for any textarea with data-word-limit. The server checks
  // the same limit, counting words the same way (runs of non-space).
  function countWords(text) {
    var trimmed = text.trim();
    return trimmed ? trimmed.split(/\s+/).length : 0;
  }

  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-word-limit]"), function (textarea) {
    var limit = parseInt(textarea.getAttribute("data-word-limit"), 10);
    var status = document.createElement("p");
    var liveStatus = document.createElement("p");
    var timer = null;
    status.className = "form-hint word-count";
    status.id = textarea.id + "_count";
    status.setAttribute("aria-hidden", "true");
    liveStatus.className = "visually-hidden";
    liveStatus.setAttribute("aria-live", "polite");
    textarea.insertAdjacentElement("afterend", liveStatus);
    textarea.insertAdjacentElement("afterend", status);

    function message() {
      var left = limit - countWords(textarea.value);
      if (left >= 0) {
        return "You have " + left.toLocaleString("en-GB") + " word" + (left === 1 ? "" : "s") + " remaining";
      }
      return "You have " + (-left).toLocaleString("en-GB") + " word" + (left === -1 ? "" : "s") + " too many";
    }

    function update() {
      var text = message();
      status.textContent = text;
      status.classList.toggle("word-count--over", countWords(textarea.value) > limit);
      // Announce only after typing pauses, so screen readers are not flooded.
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { liveStatus.textContent = text; }, 1000);
    }

    textarea.addEventListener("input", update);
    status.textContent = message();
  });
})();
