using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>Letters in the order they were added, on pages of <paramref name="pageSize"/> letters taken from a <see cref="MailShelf"/> as they fill (never copied to grow) and given back all at once.</summary>
internal sealed class LetterPages(int pageSize = MailShelf.PageSize)
{
    private readonly List<MailEntry[]> _full = [];
    private MailEntry[] _page = [];
    private int _fill;
    private int _room;

    /// <summary>How many letters the pages hold.</summary>
    public int Count => (_full.Count * pageSize) + _fill;

    /// <summary>How many pages <see cref="Page"/> reads (the last one perhaps empty).</summary>
    public int Pages => _full.Count + 1;

    /// <summary>Adds <paramref name="entry"/> on the current page, turning to a new one from <paramref name="shelf"/> when it is full: the page's length is kept beside the fill, so adding a letter reads none of the page but the slot it writes.</summary>
    public void Add(MailEntry entry, MailShelf shelf)
    {
        if (_fill == _room)
        {
            Turn(shelf);
        }

        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_page), _fill++) = entry;
    }

    /// <summary>The letters of page <paramref name="i"/>, in the order they were added: the whole page but for the last, which is filled only so far (perhaps wholly: a page is turned at the letter after its last).</summary>
    public ArraySegment<MailEntry> Page(int i) => i < _full.Count ? new(_full[i]) : new(_page, 0, _fill);

    /// <summary>Gives every page back to <paramref name="shelf"/>, leaving no letter.</summary>
    public void GiveBack(MailShelf shelf)
    {
        foreach (var page in _full)
        {
            shelf.Give(page);
        }

        if (_page.Length > 0)
        {
            shelf.Give(_page);
        }

        Forget();
    }

    /// <summary>Forgets the pages, sent as they are (their receiver gives them to its shelf), but for a last page only partly filled, whose letters went as a copy: it goes back to <paramref name="shelf"/>.</summary>
    public void Hand(MailShelf shelf)
    {
        if (_fill < _page.Length)
        {
            shelf.Give(_page);
        }

        Forget();
    }

    private void Forget()
    {
        _full.Clear();
        _page = [];
        _fill = 0;
        _room = 0;
    }

    private void Turn(MailShelf shelf)
    {
        if (_page.Length > 0)
        {
            _full.Add(_page);
        }

        _page = shelf.Take(pageSize);
        _room = _page.Length;
        _fill = 0;
    }
}
