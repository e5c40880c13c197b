using Jeugdhulp.Research.RefiQda.Tests.Support;

namespace Jeugdhulp.Research.RefiQda.Tests;

/// <summary>Real exports of ATLAS.ti 23.2.3 for Windows (users and a nested codebook, no sources).</summary>
public class AtlasSampleImportTests
{
    private static readonly Guid Enric = Guid.Parse("088B08AC-D5CD-4ADB-8B71-B4F3459C177F");
    private static readonly Guid AtlasUser = Guid.Parse("C32A2BD5-537F-4838-8B17-DF9EFBAFDF4B");

    [SharedFileFact("interop/refi-qda/blank-atlas-project.qdpx")]
    public void Blank_atlas_export_imports_its_project_attributes_and_two_users()
    {
        var result = QdpxReader.Read(TestPaths.BlankAtlas);
        var p = result.Project;

        Assert.Equal("blank-atlas-project", p.Name);
        Assert.Equal("ATLAS.ti for Windows 23.2.3.27778", p.Origin);
        Assert.Equal(Enric, p.CreatingUserGuid);
        Assert.Equal(new DateTimeOffset(2023, 8, 16, 15, 14, 29, TimeSpan.Zero), p.CreationDateTime);
        Assert.Null(p.ModifiedDateTime);
        Assert.Equal([Enric, AtlasUser], p.Users.Select(u => u.Guid));
        Assert.Equal(["Enric Llagostera", "ATLAS.ti"], p.Users.Select(u => u.Name));
        Assert.Empty(p.Codes);
        Assert.Empty(p.Sources);
        Assert.Empty(result.Issues);
    }

    [SharedFileFact("interop/refi-qda/target-atlas-project.qdpx")]
    public void Target_atlas_export_imports_the_nested_codebook_with_guids_and_names()
    {
        var result = QdpxReader.Read(TestPaths.TargetAtlas);
        var p = result.Project;

        Assert.Equal("target-atlas-project", p.Name);
        Assert.Equal(Enric, p.ModifyingUserGuid);
        Assert.Equal(new DateTimeOffset(2023, 8, 16, 15, 50, 33, TimeSpan.Zero), p.ModifiedDateTime);
        Assert.Equal(2, p.Users.Length);
        var root = Assert.Single(p.Codes);
        Assert.Equal("Commits", root.Name);
        Assert.Equal(Guid.Parse("A182CD3A-D83C-4D8C-BC80-26D9103EC6D6"), root.Guid);
        Assert.True(root.IsCodable);
        Assert.Null(root.Color);
        Assert.Equal(["2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92"], root.Codes.Select(c => c.Name));
        Assert.Equal(Guid.Parse("086ac733-7b1c-4749-a138-d7182f63a5c9"), root.Codes[1].Guid);
        Assert.All(root.Codes, c => Assert.Empty(c.Codes));
        Assert.Empty(result.Issues);
    }

    [SharedFileFact("interop/refi-qda/target-atlas-project.qdpx")]
    public void Target_atlas_export_survives_our_write_and_read_unchanged()
    {
        var original = QdpxReader.Read(TestPaths.TargetAtlas).Project;
        var again = QdpxReader.Read(new MemoryStream(QdpxWriter.ToBytes(original)));

        GraphAssert.Equal(original, again.Project);
        Assert.Empty(again.Issues);
    }
}
