using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Groups a step's mail by replicate, senders ascending, dropping the no-mail marker (-1), whatever order it arrived in.</summary>
internal static class MailSorter
{
    public static IEnumerable<(int Replicate, int[] Senders)> ByReplicate(StepMail mail)
    {
        int count = mail.Replicates.Length;
        var keys = new long[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = ((long)mail.Replicates[i] << 32) | (uint)(mail.Senders[i] + 1);
        }

        Array.Sort(keys);
        var senders = new List<int>();
        for (int start = 0; start < count;)
        {
            int replicate = (int)(keys[start] >> 32);
            senders.Clear();
            int end = start;
            for (; end < count && (int)(keys[end] >> 32) == replicate; end++)
            {
                int sender = (int)(uint)keys[end] - 1;
                if (sender >= 0 && (senders.Count == 0 || senders[^1] != sender))
                {
                    senders.Add(sender);
                }
            }

            yield return (replicate, senders.ToArray());
            start = end;
        }
    }
}
