namespace InfluenceSim.Models.Tests.Agents;

public sealed class AgentBlockTests
{
    public static TheoryData<string, int> Runs { get; } = Cases();

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_block_decides_and_sends_exactly_as_one_agent_per_node(string scenario, int seed)
    {
        var run = new MailRun(BlockScenarios.Named(scenario), seed);

        run.Run(steps: 12);

        var block = run.Block;
        for (int index = 0; index < block.NodeCount; index++)
        {
            var agent = run.Agents[index];
            Assert.Equal(agent.Node, block.NodeOf(index));
            for (int replicate = block.FirstReplicate; replicate < block.FirstReplicate + block.Replicates; replicate++)
            {
                Assert.Equal(
                    (agent.AdoptedAt(replicate), agent.RejectedAt(replicate), agent.CreditedTo(replicate), agent.RootOf(replicate), agent.DepthOf(replicate), agent.Dissatisfied(replicate)),
                    (block.AdoptedAt(index, replicate), block.RejectedAt(index, replicate), block.CreditedTo(index, replicate), block.RootOf(index, replicate), block.DepthOf(index, replicate), block.Dissatisfied(index, replicate)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_random_mail_exercises_every_rule_the_scenario_names(string scenario, int seed)
    {
        var blockScenario = BlockScenarios.Named(scenario);
        var run = new MailRun(blockScenario, seed);

        run.Run(steps: 12);

        Assert.Empty(blockScenario.Exercised.Except(run.Happened).Order());
    }

    [Fact]
    public void A_block_refuses_a_replicate_outside_its_lanes()
    {
        var scenario = BlockScenarios.All[0];
        var block = new MailRun(scenario, seed: 1).Block;

        Assert.Throws<ArgumentOutOfRangeException>(() => block.AdoptedAt(0, scenario.FirstReplicate - 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => block.AdoptAsSeed(0, scenario.FirstReplicate + scenario.Lanes));
    }

    private static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var scenario in BlockScenarios.All)
        {
            foreach (int seed in new[] { 11, 29, 47 })
            {
                cases.Add(scenario.Name, seed);
            }
        }

        return cases;
    }
}
