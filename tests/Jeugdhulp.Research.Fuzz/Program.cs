Console.Error.WriteLine("usage: Jeugdhulp.Research.Fuzz <target>");
return 2;
