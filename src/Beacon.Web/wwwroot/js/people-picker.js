// People pickers (Features/Shared/_PeoplePicker): lists who matches while typing, by posting the form to the page's
// FindPeople handler exactly as the "Find people" button does and taking the list from the answer.
// Progressive enhancement: without JavaScript the button does the same with a page load.
(function () {
    "use strict";
    document.querySelectorAll("[data-people-picker]").forEach(function (picker) {
        var search = picker.querySelector("[data-people-search]");
        var button = picker.querySelector("[data-people-find]");
        var form = picker.closest("form");
        var timer = 0;
        function find() {
            var data = new FormData(form);
            fetch(button.formAction, { method: "POST", body: data, credentials: "same-origin" })
                .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
                .then(function (html) {
                    var page = new DOMParser().parseFromString(html, "text/html");
                    var fresh = page.getElementById(search.id);
                    var list = fresh && fresh.closest("[data-people-picker]").querySelector("[data-people-list]");
                    if (list) {
                        picker.querySelector("[data-people-list]").replaceChildren.apply(
                            picker.querySelector("[data-people-list]"), Array.from(list.childNodes).map(function (n) { return document.importNode(n, true); }));
                    }
                })
                .catch(function () { /* the button still works */ });
        }
        search.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(find, 300);
        });
        search.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
                event.preventDefault();
                clearTimeout(timer);
                find();
            }
        });
    });
})();
