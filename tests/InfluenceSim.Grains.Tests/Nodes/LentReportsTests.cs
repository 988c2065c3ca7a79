using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;

namespace InfluenceSim.Grains.Tests.Nodes;

/// <summary>A report given back is lent again empty; one still lent is never lent twice.</summary>
public sealed class LentReportsTests
{
    [Fact]
    public void A_report_given_back_is_lent_again_emptied()
    {
        var reports = new LentReports();
        var report = reports.Lend();
        report.Add(new NodeAdoption(1, 2, 3, 4, 5));
        report.Reject(2);
        new Addressed[] { new(7, 1) }.CopyTo(report.Add(new NodeSending(1, 4, 5, 1, 0, 0, 0, 0, 1)));
        report.Events = new ReceivedEvents([1], [2], [3], [4]);

        reports.GiveBack(report);
        var again = reports.Lend();

        Assert.Same(report, again);
        Assert.True(again.Adoptions.IsEmpty && again.Rejections.IsEmpty && again.Sendings.IsEmpty && again.Letters.IsEmpty);
        Assert.Null(again.Events);
    }

    [Fact]
    public void Reports_still_lent_are_distinct()
    {
        var reports = new LentReports();

        Assert.NotSame(reports.Lend(), reports.Lend());
    }
}
