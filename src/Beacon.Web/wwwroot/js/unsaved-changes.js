// Warns before leaving a page whose form (marked data-warn-unsaved) holds changes not yet saved.
// Progressive enhancement: without JavaScript the form still saves everything in one post.
(function () {
    "use strict";
    document.querySelectorAll("form[data-warn-unsaved]").forEach(function (form) {
        var dirty = false;
        form.addEventListener("input", function () { dirty = true; });
        form.addEventListener("change", function () { dirty = true; });
        form.addEventListener("submit", function () { dirty = false; });
        window.addEventListener("beforeunload", function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = "";
            }
        });
    });
})();
