/* The rule-set pages. A CSV picked in the browser is read here and posted as text, so that no
   multipart upload (and no servlet multipart configuration) is needed. */
window.berdayaRules = {
    readCsv: function (input, textareaId, buttonId) {
        var file = input.files && input.files[0];
        if (!file) {
            return;
        }
        var reader = new FileReader();
        reader.onload = function () {
            document.getElementById(textareaId).value = reader.result;
            document.getElementById(buttonId).click();
        };
        reader.readAsText(file, 'UTF-8');
    }
};
