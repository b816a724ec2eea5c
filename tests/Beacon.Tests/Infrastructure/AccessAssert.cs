using System.Net;

namespace Beacon.Tests.Infrastructure;

/// <summary>Asserts what a signed-in person who may not see a page gets: sent to the access-denied page, which answers 403.</summary>
public static class AccessAssert
{
    public static async Task ForbiddenAsync(BrowserlessClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!;
            Assert.StartsWith("/Account/AccessDenied", location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString);
            response = await client.GetAsync(location.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
