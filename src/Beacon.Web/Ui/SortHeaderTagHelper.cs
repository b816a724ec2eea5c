using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Beacon.Web.Ui;

/// <summary>
/// <c>&lt;th sort-key="name" sort-links="Model.Links"&gt;Name&lt;/th&gt;</c> becomes a column
/// header whose text links to the list sorted by it, with aria-sort on the sorted column so a
/// screen reader announces the order.
/// </summary>
[HtmlTargetElement("th", Attributes = "sort-key,sort-links")]
public sealed class SortHeaderTagHelper : TagHelper
{
    public string SortKey { get; set; } = "";

    public ListLinks SortLinks { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var label = (await output.GetChildContentAsync()).GetContent();
        output.Attributes.SetAttribute("scope", "col");
        var ariaSort = SortLinks.Sort.AriaSort(SortKey);
        if (ariaSort is not null)
        {
            output.Attributes.SetAttribute("aria-sort", ariaSort);
        }
        var arrow = ariaSort switch
        {
            "ascending" => " <span aria-hidden=\"true\">▲</span>",
            "descending" => " <span aria-hidden=\"true\">▼</span>",
            _ => "",
        };
        var href = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(SortLinks.ForSort(SortKey));
        output.Content.SetHtmlContent($"<a href=\"{href}\">{label}</a>{arrow}");
    }
}
