using Jeugdhulp.Research.RefiQda.Tests.Support;

namespace Jeugdhulp.Research.RefiQda.Tests;

public class SchemaValidationTests
{
    [SharedFileFact("interop/refi-qda/Project.xsd")]
    public void Written_project_qde_validates_against_Project_xsd()
    {
        var qde = QdpxWriter.ToQdeXml(RichProject.Build());

        Assert.Empty(QdpxValidator.Validate(qde, TestPaths.ProjectXsd));
    }

    [SharedFileFact("interop/refi-qda/Project.xsd")]
    public void Minimal_project_with_only_a_name_validates()
    {
        var qde = QdpxWriter.ToQdeXml(new QdaProject { Name = "leeg" });

        Assert.Empty(QdpxValidator.Validate(qde, TestPaths.ProjectXsd));
    }

    [SharedFileFact("interop/refi-qda/Project.xsd")]
    public void Validator_reports_schema_errors_with_line_numbers()
    {
        var qde = Qdpx.Qde("<Users><User name=\"zonder guid\"/></Users><Bogus/>");

        var errors = QdpxValidator.Validate(qde, TestPaths.ProjectXsd);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains("guid", StringComparison.Ordinal) && e.Contains("line 2", StringComparison.Ordinal));
    }

    [SharedFileFact("interop/refi-qda/target-atlas-project.qdpx")]
    public void Atlas_sample_rewritten_by_us_validates()
    {
        var project = QdpxReader.Read(TestPaths.TargetAtlas).Project;

        Assert.Empty(QdpxValidator.Validate(QdpxWriter.ToQdeXml(project), TestPaths.ProjectXsd));
    }
}
