using Beacon.Web.Features.Learning;
using CsCheck;

namespace Beacon.Tests.Features.Learning;

public class ApprovalChainTests
{
    [Fact]
    public void Steps_PaidOffering_PrincipalThenOffice()
    {
        var steps = ApprovalChain.Steps(principalApproves: true, OfficeApproval.PaidOrOffSite, hasSchool: true, cost: 250, offSite: false);

        Assert.Equal([ApprovalStep.Principal, ApprovalStep.Office], steps);
        Assert.Equal(ApprovalStep.Office, ApprovalChain.After(steps, ApprovalStep.Principal));
        Assert.Null(ApprovalChain.After(steps, ApprovalStep.Office));
    }

    [Fact]
    public void Steps_FreeOnSiteOffering_PrincipalOnly()
    {
        Assert.Equal([ApprovalStep.Principal], ApprovalChain.Steps(true, OfficeApproval.PaidOrOffSite, true, 0, false));
        Assert.Equal([ApprovalStep.Office], ApprovalChain.Steps(true, OfficeApproval.PaidOrOffSite, hasSchool: false, 0, offSite: true));
        Assert.Empty(ApprovalChain.Steps(false, OfficeApproval.Never, true, 500, true));
    }

    [Fact]
    public void ToPromote_AnyPlacesAndWaitlist_NeverOverfillsNorLeavesAPlaceEmptyWithPeopleWaiting()
    {
        Gen.Select(Gen.Int[1, 30], Gen.Int[0, 40], Gen.Int[0, 20]).Sample((capacity, held, waiting) =>
        {
            var promoted = Places.ToPromote(capacity, held, waiting);

            Assert.InRange(promoted, 0, waiting);
            Assert.True(held + promoted <= Math.Max(capacity, held));
            Assert.True(promoted == waiting || held + promoted >= capacity);
        });
    }

    [Fact]
    public void Capacity_Sessions_IsTheSmallestRoom()
    {
        Assert.Equal(12, Places.Capacity([30, 12, 25]));
        Assert.Null(Places.Capacity([]));
        Assert.True(Places.HasRoom(null, 1000));
        Assert.False(Places.HasRoom(2, 2));
    }
}
