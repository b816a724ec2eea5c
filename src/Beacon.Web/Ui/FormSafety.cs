using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Beacon.Web.Ui;

/// <summary>
/// Rules every bound form value follows, applied once for all pages rather than page by page:
/// text is plain (<see cref="PlainText"/>), a number too large for a range check is a field message
/// rather than an overflow, and a request for a handler a page does not have is a 404.
/// </summary>
public static class FormSafety
{
    public static WebApplicationBuilder AddBeaconFormSafety(this WebApplicationBuilder builder)
    {
        builder.Services.PostConfigure<MvcOptions>(options =>
        {
            // Last, so it sees (and guards) the validators every other provider made.
            options.ModelValidatorProviders.Add(new ValidatorProvider());
            options.Filters.Add(new UnknownHandlerFilter());
        });
        return builder;
    }

    private sealed class ValidatorProvider : IModelValidatorProvider
    {
        public void CreateValidators(ModelValidatorProviderContext context)
        {
            foreach (var item in context.Results.Where(r => r.Validator is not null))
            {
                item.Validator = new OverflowSafe(item.Validator!, item.ValidatorMetadata as ValidationAttribute);
            }
            if (context.ModelMetadata.ModelType == typeof(string))
            {
                context.Results.Add(new ValidatorItem { Validator = new PlainTextValidator(), IsReusable = true });
            }
        }
    }

    /// <summary>
    /// RangeAttribute converts the value to the type of its bounds: 99999999999 against int bounds
    /// throws OverflowException. A value too large to compare is out of range: the attribute's own message.
    /// </summary>
    private sealed class OverflowSafe(IModelValidator inner, ValidationAttribute? attribute) : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            try
            {
                return inner.Validate(context).ToList();
            }
            catch (OverflowException)
            {
                var name = context.ModelMetadata.GetDisplayName();
                return [new ModelValidationResult("", attribute?.FormatErrorMessage(name) ?? $"{name} is larger than Beacon takes.")];
            }
        }
    }

    private sealed class PlainTextValidator : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context) =>
            context.Model is string text && PlainText.ForbiddenAt(text) is not null
                ? [new ModelValidationResult("", PlainText.Refusal)]
                : [];
    }

    /// <summary>
    /// A page asked for a handler it does not have (POST /Users/Edit/{id} with none, ?handler=Nope
    /// where no unnamed handler stands in) would otherwise render without its data and fail: it is
    /// a page that does not exist. Where an unnamed handler exists Razor Pages runs it, which is
    /// what reloading a page after a post needs.
    /// </summary>
    private sealed class UnknownHandlerFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
            {
                context.Result = new NotFoundResult();
                return Task.CompletedTask;
            }
            return next();
        }
    }
}
