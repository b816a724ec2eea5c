using System.Net;
using System.Net.Sockets;

namespace Beacon.Hosting;

/// <summary>Everything here listens on and sends to 127.0.0.1 only: nothing leaves the machine.</summary>
public static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Refuses an address that is not on this machine's loopback, so a load run cannot be aimed elsewhere.</summary>
    public static Uri Require(Uri address) =>
        address.IsLoopback && IPAddress.TryParse(address.Host, out var ip) && IPAddress.IsLoopback(ip)
            ? address
            : throw new ArgumentException($"{address} is not a loopback address (127.0.0.1); load is only ever sent to this machine.");
}
