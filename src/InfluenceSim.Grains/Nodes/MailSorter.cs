using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Groups a step's mail by replicate, senders ascending (each with its root and depth), dropping
/// the no-mail marker (-1), whatever order the mail arrived in.
/// </summary>
internal static class MailSorter
{
    public static IEnumerable<ReplicateMail> ByReplicate(StepMail mail)
    {
        int count = mail.Replicates.Length;
        var keys = new long[count];
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = ((long)mail.Replicates[i] << 32) | (uint)(mail.Senders[i] + 1);
            order[i] = i;
        }

        Array.Sort(keys, order);
        for (int start = 0; start < count;)
        {
            int replicate = (int)(keys[start] >> 32);
            int end = start;
            var group = new ReplicateMail(replicate);
            for (; end < count && (int)(keys[end] >> 32) == replicate; end++)
            {
                int entry = order[end];
                group.Add(mail.Senders[entry], mail.Roots[entry], mail.Depths[entry]);
            }

            yield return group;
            start = end;
        }
    }
}
