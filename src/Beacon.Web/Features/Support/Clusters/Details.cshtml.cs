using Beacon.Web.Data;
using Beacon.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beacon.Web.Features.Support.Clusters;

/// <summary>One cluster: its joint plan, members, pooled fund and staff exchange visits against the allowance.</summary>
[Authorize(Policy = Policies.DistrictLeadership)]
public class DetailsModel(BeaconDbContext db, SchoolChoiceQuery schoolChoices) : PageModel
{
    public Cluster Cluster { get; private set; } = null!;
    public IReadOnlyList<SchoolChoice> Schools { get; private set; } = [];
    public decimal DaysUsed => Cluster.ExchangeVisits.Sum(v => v.Days);
    public decimal Balance => ClusterRules.Balance(Cluster.FundEntries);
    public IReadOnlyList<SchoolChoice> MemberSchools => Schools.Where(s => Cluster.Members.Any(m => m.SchoolId == s.Id)).ToList();

    public ClusterForm Plan { get; set; } = new();
    public MemberForm Member { get; set; } = new();
    public FundForm Fund { get; set; } = new();
    public ExchangeForm Exchange { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Plan = new ClusterForm { Name = Cluster.Name, JointPlan = Cluster.JointPlan, Goals = Cluster.Goals, ExchangeDaysAllowed = Cluster.ExchangeDaysAllowed };
        return Page();
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid id, ClusterForm plan, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Plan = plan;
        if (plan.ExchangeDaysAllowed is { } allowed && allowed < DaysUsed)
        {
            ModelState.AddModelError("Plan.ExchangeDaysAllowed", $"Visits already use {ClusterRules.Days(DaysUsed)}; the allowance cannot be lower than that.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Cluster.Name = plan.Name.Trim();
        Cluster.JointPlan = plan.JointPlan?.Trim();
        Cluster.Goals = plan.Goals?.Trim();
        Cluster.ExchangeDaysAllowed = plan.ExchangeDaysAllowed!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMemberAsync(Guid id, MemberForm member, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Member = member;
        if (member.SchoolId is { } schoolId && Schools.All(s => s.Id != schoolId))
        {
            ModelState.AddModelError("Member.SchoolId", "Choose a school from the list.");
        }
        else if (Cluster.Members.Any(m => m.SchoolId == member.SchoolId))
        {
            ModelState.AddModelError("Member.SchoolId", "That school is already in the cluster.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ClusterMembers.Add(new ClusterMember { ClusterId = id, SchoolId = member.SchoolId!.Value });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostFundAsync(Guid id, FundForm fund, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Fund = fund;
        var contribution = fund.Kind == FundEntryKind.Contribution;
        if (contribution && fund.SchoolId is { } schoolId && Cluster.Members.All(m => m.SchoolId != schoolId))
        {
            ModelState.AddModelError("Fund.SchoolId", "Choose a school of the cluster, or leave it empty for a district contribution.");
        }
        if (!contribution && fund.Amount is { } amount && ClusterRules.CheckSpending(Balance, amount) is { Allowed: false } check)
        {
            ModelState.AddModelError("Fund.Amount", check.Message!);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ClusterFundEntries.Add(new ClusterFundEntry
        {
            ClusterId = id,
            Kind = fund.Kind,
            SchoolId = contribution ? fund.SchoolId : null,
            Amount = fund.Amount!.Value,
            Description = fund.Description.Trim(),
            On = fund.On!.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostExchangeAsync(Guid id, ExchangeForm exchange, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Exchange = exchange;
        var members = Cluster.Members.Select(m => m.SchoolId).ToHashSet();
        if (exchange.FromSchoolId is { } from && !members.Contains(from))
        {
            ModelState.AddModelError("Exchange.FromSchoolId", "Choose a school of the cluster.");
        }
        if (exchange.ToSchoolId is { } to && !members.Contains(to))
        {
            ModelState.AddModelError("Exchange.ToSchoolId", "Choose a school of the cluster.");
        }
        else if (exchange.ToSchoolId is not null && exchange.ToSchoolId == exchange.FromSchoolId)
        {
            ModelState.AddModelError("Exchange.ToSchoolId", "An exchange visit goes to another school: choose a different one.");
        }
        if (exchange.Days is { } days && ClusterRules.CheckExchangeDays(Cluster.ExchangeDaysAllowed, DaysUsed, days) is { Allowed: false } check)
        {
            ModelState.AddModelError("Exchange.Days", check.Message!);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.ExchangeVisits.Add(new ExchangeVisit
        {
            ClusterId = id,
            StaffName = exchange.StaffName.Trim(),
            FromSchoolId = exchange.FromSchoolId!.Value,
            ToSchoolId = exchange.ToSchoolId!.Value,
            StartsOn = exchange.StartsOn!.Value,
            Days = exchange.Days!.Value,
            Purpose = exchange.Purpose?.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var cluster = await db.Clusters
            .Include(c => c.Members).Include(c => c.FundEntries).Include(c => c.ExchangeVisits)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (cluster is null)
        {
            return false;
        }
        Cluster = cluster;
        Schools = await schoolChoices.ListAsync(cancellationToken);
        return true;
    }
}
