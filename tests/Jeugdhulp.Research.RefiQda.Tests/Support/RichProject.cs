using System.Collections.Immutable;
using System.Xml.Linq;

namespace Jeugdhulp.Research.RefiQda.Tests.Support;

/// <summary>A project that uses every mapped part of the model: nested codes, emoji and CR LF texts, cases, sets, notes.</summary>
internal static class RichProject
{
    public static readonly Guid Anna = G(1);
    public static readonly Guid Bram = G(2);
    public static readonly Guid Hulp = G(10);
    public static readonly Guid Ambulant = G(11);
    public static readonly Guid Residentieel = G(12);
    public static readonly Guid Gesloten = G(13);
    public static readonly Guid Ervaring = G(14);
    public static readonly Guid Leeftijd = G(20);
    public static readonly Guid Gemeente = G(21);
    public static readonly Guid Ingeschreven = G(22);
    public static readonly Guid Tevreden = G(23);
    public static readonly Guid Score = G(24);
    public static readonly Guid Intake = G(25);
    public static readonly Guid Interview = G(30);
    public static readonly Guid Dossier = G(31);
    public static readonly Guid Brief = G(32);
    public static readonly Guid Memo = G(40);
    public static readonly Guid ProjectNote = G(41);

    public const string InterviewText =
        "Interview 1\r\nJongere: Ik voel me 😊 gehoord.\r\nBegeleider: Fijn 👍🏽! Hoe gaat het thuis?\r\nJongere: Beter, sinds de 𝄞-les.";

    public const string DossierText = "Dossier: gezinshuis, één vaste plek.\nOpmerking: crisisopvang niet nodig.";

    public const string MemoText = "Memo 📝\r\nVeiligheid komt vaak terug.\r\n";

    public static readonly DateTimeOffset T0 = new(2024, 3, 5, 9, 30, 0, TimeSpan.Zero);

    public static Guid G(int n) => new($"a0000000-0000-4000-8000-{n:D12}");

    /// <summary>Code point position of the first occurrence of <paramref name="part"/>.</summary>
    public static int Cp(string text, string part)
    {
        var u = text.IndexOf(part, StringComparison.Ordinal);
        if (u < 0) throw new ArgumentException($"'{part}' not in text");
        return TextOffsets.Utf16ToCodePoint(text, u);
    }

    public static QdaPlainTextSelection Select(string text, string part, int guid, Guid code, int codingGuid, Guid? user = null) => new()
    {
        Guid = G(guid),
        Name = part,
        StartPosition = Cp(text, part),
        EndPosition = Cp(text, part) + TextOffsets.CodePointLength(part),
        CreatingUser = user ?? Anna,
        CreationDateTime = T0.AddMinutes(guid),
        Codings = [new QdaCoding { Guid = G(codingGuid), CodeGuid = code, CreatingUser = user ?? Anna, CreationDateTime = T0.AddMinutes(guid) }],
    };

    public static string PdfXml { get; } = new XElement(XNamespace.Get(Qdpx.Ns) + "PDFSource",
        new XAttribute("guid", Brief.ToString()),
        new XAttribute("name", "Brief gemeente.pdf"),
        new XAttribute("path", $"internal://{Brief}.pdf"),
        new XElement(XNamespace.Get(Qdpx.Ns) + "Description", "Beschikking")).ToString(SaveOptions.DisableFormatting);

    public static QdaProject Build() => new()
    {
        Name = "Jeugdhulp pilot – interviews",
        Origin = "Jeugdhulp.Research tests",
        CreatingUserGuid = Anna,
        CreationDateTime = T0,
        ModifyingUserGuid = Bram,
        ModifiedDateTime = new DateTimeOffset(2024, 3, 6, 14, 0, 0, 123, TimeSpan.Zero),
        BasePath = "C:/Onderzoek/Bronnen",
        Description = "Pilot met twee bronnen.\nTweede regel.",
        Users =
        [
            new QdaUser { Guid = Anna, Name = "Anna de Vries", Id = "ADV" },
            new QdaUser { Guid = Bram, Name = "Bram Öztürk" },
        ],
        Codes =
        [
            new QdaCode
            {
                Guid = Hulp, Name = "Hulpverlening", IsCodable = false, Color = "#1F77B4", Description = "Vorm van hulp",
                NoteRefs = [Memo],
                Codes =
                [
                    new QdaCode { Guid = Ambulant, Name = "Ambulant" },
                    new QdaCode
                    {
                        Guid = Residentieel, Name = "Residentieel", Color = "#abc",
                        Codes = [new QdaCode { Guid = Gesloten, Name = "Gesloten jeugdzorg", Description = "JeugdzorgPlus" }],
                    },
                ],
            },
            new QdaCode { Guid = Ervaring, Name = "Ervaring 😊", Color = "#FF7F0E" },
        ],
        Variables =
        [
            new QdaVariable { Guid = Leeftijd, Name = "Leeftijd", Type = QdaVariableType.Integer, Description = "In jaren" },
            new QdaVariable { Guid = Gemeente, Name = "Gemeente", Type = QdaVariableType.Text },
            new QdaVariable { Guid = Ingeschreven, Name = "Ingeschreven", Type = QdaVariableType.Date },
            new QdaVariable { Guid = Tevreden, Name = "Tevreden", Type = QdaVariableType.Boolean },
            new QdaVariable { Guid = Score, Name = "Score", Type = QdaVariableType.Float },
            new QdaVariable { Guid = Intake, Name = "Intake", Type = QdaVariableType.DateTime },
        ],
        Cases =
        [
            new QdaCase
            {
                Guid = G(50), Name = "Casus J-017", Description = "Jongere, 15 jaar",
                CodeRefs = [Ambulant],
                VariableValues =
                [
                    QdaVariableValue.Integer(Leeftijd, 15),
                    QdaVariableValue.Text(Gemeente, "'s-Hertogenbosch"),
                    QdaVariableValue.Date(Ingeschreven, new DateOnly(2023, 11, 2)),
                    QdaVariableValue.Boolean(Tevreden, true),
                    QdaVariableValue.Float(Score, 7.25m),
                    QdaVariableValue.DateTime(Intake, new DateTimeOffset(2023, 11, 2, 10, 15, 0, TimeSpan.FromHours(1))),
                    new QdaVariableValue { VariableGuid = Gemeente, Type = QdaVariableType.Text, Value = null },
                ],
                SourceRefs = [Interview, Dossier],
                SelectionRefs = [G(100)],
            },
            new QdaCase { Guid = G(51) },
        ],
        Sources =
        [
            new QdaTextSource
            {
                Guid = Interview, Name = "Interview J-017", PlainTextContent = InterviewText, Description = "Eerste interview",
                CreatingUser = Anna, CreationDateTime = T0, ModifyingUser = Bram, ModifiedDateTime = T0.AddDays(1),
                PlainTextSelections =
                [
                    Select(InterviewText, "Ik voel me 😊 gehoord.", 100, Ervaring, 200) with { Description = "Kern", NoteRefs = [Memo] },
                    Select(InterviewText, "Fijn 👍🏽!", 101, Ervaring, 201, Bram),
                    Select(InterviewText, "gehoord.\r\nBegeleider", 102, Ambulant, 202),
                    Select(InterviewText, "𝄞-les.", 103, Gesloten, 203) with { Name = null },
                    new QdaPlainTextSelection { Guid = G(104), StartPosition = 0, EndPosition = 0 },
                ],
                Codings = [new QdaCoding { Guid = G(205), CodeGuid = Ambulant, NoteRefs = [Memo] }],
                NoteRefs = [Memo],
                VariableValues = [QdaVariableValue.Text(Gemeente, "Utrecht")],
            },
            new QdaTextSource
            {
                Guid = Dossier, Name = "Dossier J-017", PlainTextContent = DossierText,
                PlainTextSelections = [Select(DossierText, "één vaste plek", 110, Residentieel, 210)],
            },
            new QdaOpaqueSource { Guid = Brief, Name = "Brief gemeente.pdf", ElementName = "PDFSource", Xml = PdfXml },
        ],
        Notes =
        [
            new QdaNote
            {
                Guid = Memo, Name = "Memo veiligheid", PlainTextContent = MemoText, Description = "Analytisch memo",
                CreatingUser = Bram, CreationDateTime = T0.AddHours(2),
                PlainTextSelections = [Select(MemoText, "Veiligheid", 120, Ervaring, 220, Bram)],
                Codings = [new QdaCoding { Guid = G(221), CodeGuid = Hulp }],
            },
            new QdaNote { Guid = ProjectNote, Name = "Projectnotitie", PlainTextContent = "  \n " },
        ],
        Links =
        [
            new QdaLink
            {
                Guid = G(60), Name = "leidt tot", Direction = QdaLinkDirection.OneWay, Color = "#000000",
                OriginGuid = Ambulant, TargetGuid = Ervaring, NoteRefs = [Memo],
            },
        ],
        Sets =
        [
            new QdaSet
            {
                Guid = G(70), Name = "Kernset", Description = "Alles over J-017",
                MemberCodes = [Ambulant, Ervaring], MemberSources = [Interview, Brief], MemberNotes = [Memo],
            },
        ],
        NoteRefs = [ProjectNote],
        EmbeddedFiles = [new QdaEmbeddedFile { FileName = $"{Brief}.pdf", Content = ImmutableArray.Create("%PDF-1.4 fake"u8.ToArray()) }],
    };
}
