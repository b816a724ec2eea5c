using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Beacon.Hosting;

/// <summary>
/// nginx (Debian's package) as a round-robin proxy on a loopback port in front of Beacon nodes,
/// with no sticky sessions. Each response names the node that served it (X-Beacon-Node).
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    private readonly Process _process;

    private Nginx(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Where nginx is installed: Debian's <c>/usr/sbin/nginx</c> or the first on the PATH.</summary>
    /// <exception cref="InvalidOperationException">nginx is not installed; the message names the package to install.</exception>
    public static string Executable() =>
        Find(["/usr/sbin/nginx", .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "nginx"))]);

    /// <summary>The first of <paramref name="candidates"/> that exists, or an error naming the package to install.</summary>
    public static string Find(IReadOnlyList<string> candidates) =>
        candidates.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            $"nginx is not installed (looked for {string.Join(", ", candidates)}). Install Debian's nginx package: apt-get install -y nginx.");

    public static async Task<Nginx> StartAsync(string folder, IEnumerable<Uri> nodes)
    {
        Directory.CreateDirectory(folder);
        var port = Loopback.FreePort();
        var servers = string.Concat(nodes.Select(n => $"server {Loopback.Require(n).Host}:{n.Port}; "));
        var config = $$"""
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 512; }
            http {
              access_log off;
              client_body_temp_path {{folder}}/body;
              proxy_temp_path {{folder}}/proxy;
              fastcgi_temp_path {{folder}}/fastcgi;
              uwsgi_temp_path {{folder}}/uwsgi;
              scgi_temp_path {{folder}}/scgi;
              upstream beacon { {{servers}} keepalive 16; }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://beacon;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  add_header X-Beacon-Node $upstream_addr always;
                }
              }
            }
            """;
        var file = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(file, config);
        var start = new ProcessStartInfo(Executable()) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-p", folder, "-c", file })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start; test.sh installs it (apt-get install nginx).");
        var nginx = new Nginx(process, new Uri($"http://127.0.0.1:{port}"));
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not listen within 10 seconds");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
