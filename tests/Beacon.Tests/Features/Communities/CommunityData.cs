using Beacon.Tests.Infrastructure;
using Beacon.Web.Features.Communities;

namespace Beacon.Tests.Features.Communities;

/// <summary>Arranges learning-community records directly, the way a test needs them.</summary>
public static class CommunityData
{
    public static Task<Guid> CommunityAsync(BeaconFactory factory, TestDistrict district, string name,
        CommunityKind kind = CommunityKind.TeacherLearningCommunity, Action<Community>? configure = null) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var community = new Community { Id = Guid.CreateVersion7(), Name = name, Kind = kind, CreatedAt = DateTimeOffset.UtcNow };
            configure?.Invoke(community);
            db.Communities.Add(community);
            await db.SaveChangesAsync();
            return community.Id;
        });

    public static Task<Guid> MemberAsync(BeaconFactory factory, TestDistrict district, Guid communityId, TestAccount account,
        MemberRole role = MemberRole.Member, string? name = null) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var member = new CommunityMember
            {
                CommunityId = communityId,
                UserId = account.Id,
                DisplayName = name ?? account.Email,
                Email = account.Email,
                Role = role,
                JoinedAt = DateTimeOffset.UtcNow,
            };
            db.CommunityMembers.Add(member);
            await db.SaveChangesAsync();
            return member.Id;
        });

    public static Task<Guid> PlanItemAsync(BeaconFactory factory, TestDistrict district, Guid memberId, string techniqueKey, TechniqueStatus status) =>
        factory.InScopeAsync(district.Id, async (_, db) =>
        {
            var technique = TechniqueLibrary.Find(techniqueKey)!;
            var item = new ActionPlanItem
            {
                MemberId = memberId,
                TechniqueKey = technique.Key,
                TechniqueName = technique.Name,
                Status = status,
                AddedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.ActionPlanItems.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
}
