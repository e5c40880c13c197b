namespace Jeugdhulp.Research.RefiQda;

/// <summary>Value type of a variable (typeOfVariable); decides which XML value element is written.</summary>
public enum QdaVariableType
{
    /// <summary>Free text (TextValue).</summary>
    Text,

    /// <summary>xsd:boolean (BooleanValue).</summary>
    Boolean,

    /// <summary>xsd:integer (IntegerValue).</summary>
    Integer,

    /// <summary>xsd:decimal (FloatValue).</summary>
    Float,

    /// <summary>xsd:date (DateValue).</summary>
    Date,

    /// <summary>xsd:dateTime (DateTimeValue).</summary>
    DateTime,
}
